"""The New lead screen: the keyboard-first form and its parts."""
