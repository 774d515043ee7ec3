"""The lead contract: field catalogue, validation, payload and send outcomes. No Qt here."""
