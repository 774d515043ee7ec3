"""The trade-show booth kit: event presets, staff and capture method, booth mode and its PIN."""
