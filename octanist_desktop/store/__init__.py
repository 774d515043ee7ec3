"""SQLite storage: schema and migrations, the lead lifecycle, the outbox and history queries."""
