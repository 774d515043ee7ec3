"""The API key: the OS keyring, reached through a killable helper process."""
