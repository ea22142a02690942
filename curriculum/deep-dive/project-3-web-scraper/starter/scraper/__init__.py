"""scraper: collect stories from a board of links, politely."""
