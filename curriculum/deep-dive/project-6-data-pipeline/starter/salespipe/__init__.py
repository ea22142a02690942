"""salespipe: load, clean, analyse and report on sales exports."""
