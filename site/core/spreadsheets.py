"""Text written into spreadsheets (the tools' CSV downloads, the moderators' export of clause
submissions) that a spreadsheet program shows as text and never runs as a formula."""

# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def protect(text):
    """Stop a spreadsheet from running `text` as a formula: an apostrophe before it, which the
    spreadsheet shows as text and does not display."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unprotect(text):
    """`text` as it was before `protect`, for a file read back in."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text
