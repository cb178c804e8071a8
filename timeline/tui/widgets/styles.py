"""Component styles for the explorer's Line-API widgets, looked up once per theme.

A widget that renders its own lines (``render_line``) needs the rich ``Style`` of a
component class for every segment it draws; resolving one through Textual's CSS costs
far more than drawing the segment, so the answers are kept until the theme, the focus
or the widget's own colours change.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


class StyleCache:
    """``get(component)``: ``widget``'s style plus that component class's, cached."""

    def __init__(self, widget: Widget) -> None:
        self._widget = widget
        self._styles: dict[str, Style] = {}
        self._key: object = None

    def get(self, component: str = "") -> Style:
        widget = self._widget
        key = (widget.app.theme, widget.has_focus, widget.styles.background, widget.styles.color)
        if key != self._key:
            self._key, self._styles = key, {}
        style = self._styles.get(component)
        if style is None:
            base = widget.rich_style
            style = base + widget.get_component_rich_style(component) if component else base
            self._styles[component] = style
        return style

    def clear(self) -> None:
        """Forget every style (call from the widget's ``notify_style_update``)."""
        self._key = None
