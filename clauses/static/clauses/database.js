// The clause database (clauses/database.html), for readers with JavaScript; without it the page
// works the same through its buttons and links.
// - A filter chosen with the mouse or by touch applies at once (the form is submitted); one
//   changed with the keyboard's arrows applies on Enter, or with the "Apply the filters" button,
//   so that moving through the choices does not reload the page at every step.
// - After a search (the page loaded with a query or filters), the keyboard's focus is on the
//   results' heading, so that the reader lands on the results, not at the top of the page.
// - On a wide screen the filters' <details> is open: it is the column beside the results.
(() => {
    const form = document.getElementById("database-search");
    if (!form) return;
    const filters = form.querySelector("[data-filters]");
    const APPLY = "select, input[type=radio], input[type=checkbox]";
    const KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);
    let keyed = null; // the control last changed from the keyboard, and when

    const applies = (element) => element instanceof HTMLElement && element.matches(APPLY) && element.form === form;
    const submit = () => (form.requestSubmit ? form.requestSubmit() : form.submit());

    form.querySelectorAll("[data-auto-apply]").forEach((help) => { help.hidden = false; });

    form.addEventListener("keydown", (event) => {
        if (!applies(event.target)) return;
        if (event.key === "Enter") {
            event.preventDefault();
            submit();
        } else if (KEYS.has(event.key) || (event.key.length === 1 && !(event.key === " " && event.target.matches("select")))) {
            // Arrows, Home/End, typed letters, Space on a radio or checkbox. (Space opens a
            // <select>'s list, from which the reader's choice applies at once.)
            keyed = { name: event.target.name, time: event.timeStamp };
        }
    });
    form.addEventListener("change", (event) => {
        if (!applies(event.target)) return;
        const fromKeyboard = keyed && keyed.name === event.target.name && event.timeStamp - keyed.time < 500;
        keyed = null;
        if (!fromKeyboard) submit();
    });

    if (filters) {
        const wide = window.matchMedia("(min-width: 60rem)");
        const follow = () => {
            if (wide.matches) {
                filters.open = true;
                filters.dataset.pinned = "";
            } else {
                delete filters.dataset.pinned;
            }
        };
        wide.addEventListener("change", follow);
        follow();
    }

    const params = new URLSearchParams(window.location.search);
    const searched = [...params.keys()].some((name) => name !== "c");
    const heading = document.getElementById("results-heading");
    if (searched && heading && !window.location.hash) heading.focus();
})();
