// The interactive tools, enhanced. Every tool works without this script; it only adds comforts.
// It sends nothing anywhere and keeps nothing: no storage, no cookies, no requests.
(() => {
    "use strict";

    // Move the keyboard and screen-reader focus to a form's list of problems.
    const summary = document.querySelector("[data-focus-on-load]");
    if (summary) summary.focus();

    // Digital Impact Framework: how many dimensions have a level so far.
    const form = document.querySelector("[data-impact-form]");
    if (form) {
        const progress = form.querySelector("[data-progress]");
        const dimensions = form.querySelectorAll("[data-dimension]");
        const update = () => {
            const answered = [...dimensions].filter((d) => d.querySelector("input:checked")).length;
            progress.textContent = progress.dataset.text
                .replace("{answered}", answered)
                .replace("{total}", dimensions.length);
        };
        if (progress && dimensions.length) {
            progress.hidden = false;
            update();
            form.addEventListener("change", update);
        }
    }

    // Printable pages: a button for the browser's print dialogue.
    document.querySelectorAll("[data-print]").forEach((button) => {
        button.hidden = false;
        button.addEventListener("click", () => window.print());
    });

    // Data Rights Tool: one step at a time, with previous and next buttons; the steps' own
    // links still jump to any step.
    const container = document.querySelector("[data-steps]");
    if (container) {
        const steps = [...container.querySelectorAll("[data-step]")];
        const labels = container.dataset;
        const show = (index, focus) => {
            steps.forEach((step, i) => { step.hidden = i !== index; });
            if (focus) steps[index].querySelector("h2").focus();
        };
        steps.forEach((step, index) => {
            const controls = document.createElement("div");
            controls.className = "step-controls";
            if (index > 0) {
                const previous = document.createElement("button");
                previous.type = "button";
                previous.className = "button--secondary";
                previous.textContent = labels.previousLabel;
                previous.addEventListener("click", () => show(index - 1, true));
                controls.append(previous);
            }
            if (index < steps.length - 1) {
                const next = document.createElement("button");
                next.type = "button";
                next.dataset.stepNext = "";
                next.textContent = labels.nextLabel;
                next.addEventListener("click", () => show(index + 1, true));
                controls.append(next);
            }
            step.append(controls);
        });
        const fromHash = () => {
            const index = steps.findIndex((step) => `#${step.id}` === window.location.hash);
            return index;
        };
        container.classList.add("js-steps");
        show(Math.max(fromHash(), 0), false);
        window.addEventListener("hashchange", () => {
            const index = fromHash();
            if (index >= 0) show(index, true);
        });
        // A problem with the worksheet form: show its step.
        if (document.querySelector(".error-summary")) show(steps.length - 1, false);
    }
})();
