"""What the app remembers between runs: settings, event presets, pins, and where they live."""
