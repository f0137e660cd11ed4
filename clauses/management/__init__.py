"""The hub's management commands (in `commands/`), and the text progress bar they share."""


class ProgressBar:
    """A one-line progress bar, `[#####.....] 500/1000`, redrawn in place with a carriage
    return. It redraws only when the bar or the percentage moves, so a million steps do not
    write a million lines to a log file."""

    def __init__(self, stream, total, width=30):
        self.stream = stream
        self.total = total
        self.width = width
        self.shown = None
        self.drawn = None

    def update(self, done):
        filled = self.width * done // self.total if self.total else self.width
        percent = 100 * done // self.total if self.total else 100
        # Always draw the last step, so the bar ends on "total/total".
        if (filled, percent) == self.shown and (done != self.total or self.drawn == done):
            return
        self.shown, self.drawn = (filled, percent), done
        bar = "#" * filled + "." * (self.width - filled)
        # The identity style keeps Django from colouring the whole line as an error on a tty.
        self.stream.write(f"\r[{bar}] {done}/{self.total}", style_func=lambda text: text, ending="")
        self.stream.flush()

    def finish(self):
        self.update(self.total)
        self.stream.write("", style_func=lambda text: text)
