// As-you-type suggestions for search boxes, without a framework: an <input data-suggest-url
// list="..."> gets its <datalist> filled from the suggestions endpoint (same origin only).
// Without JavaScript the box is an ordinary search field.
(() => {
    const DELAY_MS = 150;
    const MIN_LENGTH = 2;

    function attach(input) {
        const list = document.getElementById(input.getAttribute("list"));
        if (!list) return;
        let timer = null;
        let controller = null;
        input.addEventListener("input", () => {
            clearTimeout(timer);
            const text = input.value.trim();
            if (text.length < MIN_LENGTH) {
                list.replaceChildren();
                return;
            }
            timer = setTimeout(async () => {
                if (controller) controller.abort();
                controller = new AbortController();
                const url = new URL(input.dataset.suggestUrl, window.location.href);
                url.searchParams.set("q", text);
                try {
                    const response = await fetch(url, { signal: controller.signal, credentials: "same-origin" });
                    if (!response.ok) return;
                    const data = await response.json();
                    list.replaceChildren(...data.suggestions.map((item) => {
                        const option = document.createElement("option");
                        option.value = item.label;
                        return option;
                    }));
                } catch (error) {
                    // Aborted by a newer keystroke, or offline: the box still works without.
                }
            }, DELAY_MS);
        });
    }

    document.querySelectorAll("input[data-suggest-url][list]").forEach(attach);
})();
