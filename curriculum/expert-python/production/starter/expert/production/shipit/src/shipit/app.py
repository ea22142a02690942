"""The shipit service itself, given: started in the container by
python -m uvicorn shipit.app:app --host 0.0.0.0 --port 8000."""
from fastapi import FastAPI

from shipit.logs import configure_logging
from shipit.settings import load_settings

settings = load_settings()
log = configure_logging(settings.log_level)
app = FastAPI(title="shipit", debug=settings.debug)


@app.get("/health")
def health():
    log.info("health checked", extra={"database": settings.database_url.split("://")[0]})
    return {"status": "ok"}
