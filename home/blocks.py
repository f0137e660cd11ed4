"""Kept for the old migrations, which name `home.blocks.ParagraphBlock` (the content blocks live in
the kernel: ourdigitalfuture.core.blocks)."""

from ourdigitalfuture.core.blocks import ParagraphBlock

__all__ = ["ParagraphBlock"]
