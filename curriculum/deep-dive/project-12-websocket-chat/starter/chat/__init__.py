"""A WebSocket chat server, built up milestone by milestone."""
