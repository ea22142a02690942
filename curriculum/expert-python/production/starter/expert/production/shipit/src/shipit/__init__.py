"""shipit: a small web service, packaged and shipped."""
