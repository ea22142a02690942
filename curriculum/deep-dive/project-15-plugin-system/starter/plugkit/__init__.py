"""A small plugin system: a contract, discovery, hooks and a manager."""
