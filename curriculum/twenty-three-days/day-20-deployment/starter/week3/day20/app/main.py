"""A small API ready for a container: settings from the environment and a health check.

Run it locally from week3/day20 with
    DATABASE_URL=sqlite:///dev.db uvicorn app.main:create_app --factory --reload
"""
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
    """Settings from the environment (os.environ when `environ` is None).

    DATABASE_URL  required, such as sqlite:///dev.db or postgresql+psycopg://user:pw@db:5432/app
    APP_ENV       one of ENVIRONMENTS, development by default
    PORT          1 to 65535, 8000 by default
    LOG_LEVEL     info by default, kept in lower case

    Anything missing or wrong raises RuntimeError.
    """
    # TODO
    raise NotImplementedError


def create_app(settings: Optional[Settings] = None) -> FastAPI:
    """The app. GET / answers {"app": "day20", "environment": settings.environment}; GET /health answers
    200 {"status": "ok", "database": "ok"} when SELECT 1 works on the database, else
    503 {"status": "error", "database": "unreachable"}."""
    settings = settings or load_settings()
    app = FastAPI()
    # TODO: an engine for settings.database_url, GET / and GET /health
    return app
