"""Checks for the `models` milestone: NewUser and NewPost in expert/blog/models.py."""
from pymastery import call, capture, expect, expect_equal, learner_module


def _refused(model, field, *args):
    models = learner_module()
    outcome = capture(getattr(models, model), *args)
    error = outcome.exception
    expect(isinstance(error, models.ValidationError),
           "%s%r should raise ValidationError, but %s" % (
               model, args, "it was accepted" if error is None else "it raised %r" % error),
           hint="Check each rule in __post_init__ and raise ValidationError(field_name, message) when one is broken.")
    expect_equal(error.field, field, message="%s%r was refused, but for the field %r" % (model, args, error.field),
                 hint="The first argument of ValidationError names the field at fault.")


def check_user_is_tidied():
    """a new user's username and email are stripped and lower-cased"""
    models = learner_module()
    user = call(models.NewUser, "  Ada_L ", " Ada@Example.ORG", "correct horse").value
    expect_equal((user.username, user.email, user.password), ("ada_l", "ada@example.org", "correct horse"),
                 hint="In __post_init__, assign the tidied values back: self.email = self.email.strip().lower().")


def check_user_rules():
    """bad usernames, emails and passwords are refused, naming the field"""
    for args, field in [(("ab", "a@b.co", "12345678"), "username"), (("a" * 31, "a@b.co", "12345678"), "username"),
                        (("bad name", "a@b.co", "12345678"), "username"), (("ada", "ada.example.org", "12345678"), "email"),
                        (("ada", "ada@localhost", "12345678"), "email"), (("ada", "@example.org", "12345678"), "email"),
                        (("ada", "a@b@example.org", "12345678"), "email"), (("ada", "ada@example.", "12345678"), "email"),
                        (("ada", "ada@example.org", "short"), "password")]:
        _refused("NewUser", field, *args)
    models = learner_module()
    call(models.NewUser, "x_9", "x@mail.example.co.uk", "        ")


def check_post_is_tidied():
    """a post's title is stripped, and its tags tidied and deduplicated in order"""
    models = learner_module()
    post = call(models.NewPost, "  Hello, SQLite  ", "Body text.", [" Python", "db", "python ", "DB", "sql-lite"]).value
    expect_equal((post.title, post.body, post.tags), ("Hello, SQLite", "Body text.", ["python", "db", "sql-lite"]),
                 hint="Tidy each tag, then keep it only if it is not already in the new list.")
    first = call(models.NewPost, "a", "b").value
    first.tags.append("x")
    expect_equal(call(models.NewPost, "c", "d").value.tags, [], hint="Each post needs its own list: field(default_factory=list).")


def check_post_rules():
    """empty titles or bodies and bad tags are refused, naming the field"""
    for args, field in [(("   ", "body"), "title"), (("t" * 121, "body"), "title"), (("title", " \n "), "body"),
                        (("title", "body", ["ok", "not ok"]), "tags"), (("title", "body", ["x" * 21]), "tags"),
                        (("title", "body", ["a", "b", "c", "d", "e", "f"]), "tags")]:
        _refused("NewPost", field, *args)
    models = learner_module()
    post = call(models.NewPost, "t", "b", ["a", "b", "c", "d", "e", "A", "b "]).value
    expect_equal(post.tags, ["a", "b", "c", "d", "e"], hint="Count the tags after dropping the repeats: five different tags are fine.")
