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
