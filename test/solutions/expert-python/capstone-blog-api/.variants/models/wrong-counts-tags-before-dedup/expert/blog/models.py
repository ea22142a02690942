"""The blog's data: what a new user or post must look like, and what is stored."""
import re
from dataclasses import dataclass, field
from typing import List


USERNAME = re.compile(r"[a-z0-9_]{3,30}")
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
TAG = re.compile(r"[a-z0-9-]{1,20}")


class ValidationError(ValueError):
    """Data that breaks a rule; `field` names the field at fault."""

    def __init__(self, field, message):
        super().__init__("%s: %s" % (field, message))
        self.field = field
        self.message = message


@dataclass
class NewUser:
    """A sign-up, checked and tidied as soon as it is made.

    username  stripped and lower-cased; 3 to 30 characters, only a-z, 0-9 and _
    email     stripped and lower-cased; one @ with text before it, and a domain after it
              that holds a dot with text on both sides (ada@example.org)
    password  kept exactly as given (spaces count); at least 8 characters
    A rule broken raises ValidationError naming that field.
    """
    username: str
    email: str
    password: str

    def __post_init__(self):
        self.username = self.username.strip().lower()
        if not USERNAME.fullmatch(self.username):
            raise ValidationError("username", "3 to 30 characters of a-z, 0-9 and _")
        self.email = self.email.strip().lower()
        if not EMAIL.fullmatch(self.email):
            raise ValidationError("email", "not an email address")
        if len(self.password) < 8:
            raise ValidationError("password", "at least 8 characters")


@dataclass
class NewPost:
    """A post before it is stored, checked and tidied as soon as it is made.

    title  stripped; 1 to 120 characters
    body   must hold something other than spaces (kept as written)
    tags   each stripped and lower-cased, 1 to 20 characters of a-z, 0-9 and -;
           repeats dropped (first one kept, order kept); at most 5 after that
    A rule broken raises ValidationError naming that field.
    """
    title: str
    body: str
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.title = self.title.strip()
        if not 1 <= len(self.title) <= 120:
            raise ValidationError("title", "1 to 120 characters")
        if not self.body.strip():
            raise ValidationError("body", "must not be empty")
        if len(self.tags) > 5:
            raise ValidationError("tags", "at most 5 tags")
        tags = []
        for tag in self.tags:
            tag = tag.strip().lower()
            if not TAG.fullmatch(tag):
                raise ValidationError("tags", "%r is not 1 to 20 characters of a-z, 0-9 and -" % tag)
            if tag not in tags:
                tags.append(tag)
        if len(tags) > 5:
            raise ValidationError("tags", "at most 5 tags")
        self.tags = tags


@dataclass
class User:
    id: int
    username: str
    email: str
    password_hash: str


@dataclass
class Post:
    id: int
    author_id: int
    title: str
    body: str
    tags: List[str]
