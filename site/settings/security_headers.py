"""HTTP security headers, part of every environment's settings (imported by base.py)."""

# Content-Security-Policy (django-csp 4). Public pages: the site's own files only; no inline
# script, style or event handler, and no nonce either, so that a cached page stays valid for
# every visitor. The only other hosts are the two video players that the click-to-load video
# block (ourdigitalfuture.core.blocks, VideoBlock) puts in an iframe when the reader asks.
VIDEO_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'", *VIDEO_FRAME_HOSTS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail's preview shows pages in a same-origin iframe; no other site may frame ours.
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin and wagtail-localize's translation editor render inline scripts and styles
# (and data:/blob: images for icons and upload previews): the admin gets its own policy, which
# allows inline code but still no host other than the site's own (ourdigitalfuture.middleware).
ADMIN_CSP_PATH_PREFIXES = ["/admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", "blob:"],
        "frame-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Permissions-Policy (django-permissions-policy): no page may use these browser features. Only
# names that Chromium recognises (it warns in the console about any other, and the browser
# tests fail on that warning).
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}
