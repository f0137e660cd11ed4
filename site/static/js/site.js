// Click-to-load videos: nothing is requested from a video host until the reader asks.
document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-load-video]");
    if (!button) return;
    const holder = button.closest("[data-embed-url]");
    const iframe = document.createElement("iframe");
    iframe.src = holder.dataset.embedUrl;
    iframe.title = holder.closest("figure").querySelector("figcaption").textContent.trim();
    iframe.allow = "fullscreen; picture-in-picture";
    iframe.loading = "lazy";
    holder.replaceChildren(iframe);
});

// The header's menu (a <details>, which works without JavaScript): Escape closes it and gives
// focus back to its button; on a wide screen, a browser that cannot show a closed <details>'s
// content (no ::details-content) gets it open, as the menu is a band there.
const siteMenu = document.querySelector("[data-site-menu]");
if (siteMenu) {
    siteMenu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && siteMenu.open && getComputedStyle(siteMenu.querySelector("summary")).display !== "none") {
            siteMenu.open = false;
            siteMenu.querySelector("summary").focus();
        }
    });
    if (!CSS.supports("selector(::details-content)")) {
        const wide = window.matchMedia("(min-width: 48rem)");
        const follow = () => { siteMenu.open = wide.matches; };
        wide.addEventListener("change", follow);
        follow();
    }
}
