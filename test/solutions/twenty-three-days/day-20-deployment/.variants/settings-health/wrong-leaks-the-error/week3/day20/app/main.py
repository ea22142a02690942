"""A small API ready for a container: settings from the environment and a health check."""
import os
from dataclasses import dataclass, field
from typing import Mapping, Optional

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import create_engine, text

ENVIRONMENTS = ("development", "test", "production")


@dataclass(frozen=True)
class Settings:
    database_url: str = field(repr=False)  # may hold a password
    environment: str = "development"
    port: int = 8000
    log_level: str = "info"


def load_settings(environ: Optional[Mapping[str, str]] = None) -> Settings:
    env = os.environ if environ is None else environ
    url = env.get("DATABASE_URL", "").strip()
    if not url:
        raise RuntimeError("DATABASE_URL is not set")
    environment = env.get("APP_ENV", "development")
    if environment not in ENVIRONMENTS:
        raise RuntimeError("APP_ENV must be one of %s" % ", ".join(ENVIRONMENTS))
    try:
        port = int(env.get("PORT", "8000"))
    except ValueError:
        raise RuntimeError("PORT must be a number") from None
    if not 0 < port < 65536:
        raise RuntimeError("PORT must be between 1 and 65535")
    return Settings(database_url=url, environment=environment, port=port,
                    log_level=env.get("LOG_LEVEL", "info").lower())


def create_app(settings: Optional[Settings] = None) -> FastAPI:
    settings = settings or load_settings()
    engine = create_engine(settings.database_url, pool_pre_ping=True)
    app = FastAPI()

    @app.get("/")
    def about():
        return {"app": "day20", "environment": settings.environment}

    @app.get("/health")
    def health():
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as error:
            return JSONResponse({"status": "error", "database": str(error)}, status_code=503)
        return {"status": "ok", "database": "ok"}

    return app
