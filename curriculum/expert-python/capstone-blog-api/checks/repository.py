"""Checks for the `repository` milestone: BlogRepository in expert/blog/repository.py, on SQLite in a temporary folder."""
from pymastery import call, capture, expect, expect_equal, learner_module, temp_folder


def _modules():
    return learner_module(), learner_module("expert/blog/models.py")


def _open(repo_module, folder):
    return call(repo_module.BlogRepository, folder.path("blog.db")).value


def check_users_are_stored_and_kept():
    """users are stored with a hash, found again by email and password, and still there after reopening"""
    repo_module, models = _modules()
    with temp_folder() as folder:
        repo = _open(repo_module, folder)
        user = call(repo.add_user, models.NewUser("ada", "ada@example.org", "analytical")).value
        expect_equal((user.id, user.username, user.email), (1, "ada", "ada@example.org"))
        expect(user.password_hash != "analytical" and "analytical" not in user.password_hash,
               "the password is stored as it is", hint="Store hash_password(new_user.password), never the password.")
        call(repo.close)
        repo = _open(repo_module, folder)
        found = call(repo.authenticate, "ADA@example.org", "analytical").value
        expect(found is not None and found.id == 1, "authenticate after reopening the database gave %r" % (found,),
               hint="CREATE TABLE IF NOT EXISTS keeps the data; commit after writing (a `with self.db:` block commits).")
        expect(call(repo.authenticate, "ada@example.org", "wrong password").value is None,
               "authenticate accepted a wrong password", hint="verify_password(password, row's hash).")
        expect(call(repo.authenticate, "nobody@example.org", "analytical").value is None, "authenticate found an unknown email")
        expect_equal(call(repo.get_user, 1).value.username, "ada")
        expect(call(repo.get_user, 99).value is None, "get_user(99) should be None")
        call(repo.close)


def check_duplicates_conflict():
    """a taken username or email raises Conflict"""
    repo_module, models = _modules()
    with temp_folder() as folder:
        repo = _open(repo_module, folder)
        call(repo.add_user, models.NewUser("ada", "ada@example.org", "analytical"))
        for username, email in (("ada", "other@example.org"), ("lovelace", "ADA@Example.org")):
            outcome = capture(repo.add_user, models.NewUser(username, email, "password1"))
            expect(isinstance(outcome.exception, repo_module.Conflict),
                   "adding %s <%s> after ada <ada@example.org> %s" % (
                       username, email, "worked" if outcome.exception is None else "raised %r" % outcome.exception),
                   hint="Declare username and email UNIQUE, and turn sqlite3.IntegrityError into Conflict.")
        call(repo.close)


def check_posts_round_trip():
    """posts keep their text exactly, quotes included, and their tags in order"""
    repo_module, models = _modules()
    with temp_folder() as folder:
        repo = _open(repo_module, folder)
        author = call(repo.add_user, models.NewUser("ada", "ada@example.org", "analytical")).value
        title = "Bobby'); DROP TABLE posts;-- says \"hi\""
        post = call(repo.add_post, author.id, models.NewPost(title, "It's 100% fine.\nReally.", ["sql", "safety"])).value
        expect_equal((post.id, post.author_id, post.title), (1, author.id, title),
                     hint="Use ? placeholders: execute(\"INSERT ... VALUES (?, ?, ?)\", (a, b, c)). Text pasted into SQL breaks on quotes.")
        again = call(repo.get_post, post.id).value
        expect(again is not None, "get_post(%r) found nothing" % post.id)
        expect_equal((again.title, again.body, again.tags), (title, "It's 100% fine.\nReally.", ["sql", "safety"]),
                     hint="Keep the tags in a table of their own (or as JSON text), in the order given.")
        expect(call(repo.get_post, 42).value is None, "get_post(42) should be None")
        outcome = capture(repo.add_post, 99, models.NewPost("t", "b"))
        expect(isinstance(outcome.exception, repo_module.NotFound), "add_post by a user who does not exist did not raise NotFound",
               hint="Look the author up first and raise NotFound when there is none.")
        call(repo.close)


def check_list_posts():
    """list_posts gives the newest first and filters by tag and author"""
    repo_module, models = _modules()
    with temp_folder() as folder:
        repo = _open(repo_module, folder)
        ada = call(repo.add_user, models.NewUser("ada", "ada@example.org", "analytical")).value
        bob = call(repo.add_user, models.NewUser("bob", "bob@example.org", "builder1")).value
        for author, title, tags in ((ada, "one", ["python"]), (bob, "two", ["python", "web"]), (ada, "three", ["web"]),
                                    (bob, "four", [])):
            call(repo.add_post, author.id, models.NewPost(title, "...", tags))
        titles = lambda posts: [p.title for p in posts]
        expect_equal(titles(call(repo.list_posts).value), ["four", "three", "two", "one"], hint="ORDER BY id DESC")
        expect_equal(titles(call(repo.list_posts, tag="python").value), ["two", "one"])
        expect_equal(titles(call(repo.list_posts, author_id=ada.id).value), ["three", "one"])
        expect_equal(titles(call(repo.list_posts, tag="web", author_id=bob.id).value), ["two"],
                     hint="Both filters together: add one condition, and one ? value, per filter given.")
        expect_equal(call(repo.list_posts, tag="web").value[0].tags, ["web"], hint="Listed posts carry their tags too.")
        call(repo.close)
