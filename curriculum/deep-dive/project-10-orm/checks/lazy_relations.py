"""Milestone: a foreign key that loads its object lazily (tinyorm/relations.py, ForeignKey)."""
import sqlite3
from contextlib import contextmanager

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder


@contextmanager
def _blog():
    """User and Post models (Post.author is a ForeignKey) on a fresh database, with a list
    that records every SQL statement run."""
    relations = learner_module()
    import tinyorm.model as model

    with temp_folder() as folder:
        connection = sqlite3.connect(folder.path("blog.db"))
        try:
            model.Model.use(connection)

            class User(model.Model):
                name = model.Field(str)

            class Post(model.Model):
                title = model.Field(str)
                author = relations.ForeignKey(User)
                editor = relations.ForeignKey(User, nullable=True)

            User.create_table()
            Post.create_table()
            statements = []
            connection.set_trace_callback(statements.append)
            yield User, Post, statements, connection
        finally:
            connection.close()


def check_column_and_schema():
    """The foreign key is stored in an author_id column that references users"""
    with _blog() as (User, Post, _, connection):
        field = Post.__dict__["author"]
        expect_equal((field.name, field.column), ("author", "author_id"),
                     hint="In __set_name__, the column is the name plus '_id'.")
        expect_equal(call(field.column_sql).value, "author_id INTEGER NOT NULL REFERENCES users(id)",
                     hint="The column, INTEGER, NOT NULL unless nullable, then "
                          "REFERENCES <target table>(id).")
        expect_equal(Post.__dict__["editor"].column_sql(), "editor_id INTEGER REFERENCES users(id)")
        columns = [row[1] for row in connection.execute("PRAGMA table_info(posts)")]
        expect_equal(columns, ["id", "title", "author_id", "editor_id"])


def check_stores_the_id():
    """Setting a saved user stores its id; saving a post writes it"""
    with _blog() as (User, Post, _, connection):
        ada = User(name="Ada").save()
        post = Post(title="Notes", author=ada)
        expect_equal(post.__dict__.get("author_id"), ada.id,
                     hint="In __set__, keep value.id in obj.__dict__[self.column], where "
                          "db_value() finds it.")
        expect(post.author is ada, "post.author did not give back the user just set",
               hint="Keep the object too, so reading it back needs no query.")
        post.save()
        expect_equal(connection.execute("SELECT title, author_id, editor_id FROM posts").fetchall(),
                     [("Notes", ada.id, None)])


def check_refuses_bad_values():
    """Only saved instances of the target model are accepted"""
    with _blog() as (User, Post, _, _connection):
        post = Post(title="x", author=User(name="Ada").save())
        expect_isinstance(capture(setattr, post, "author", User(name="Unsaved")).exception,
                          ValueError, hint="A user without an id can't be referred to: ValueError.")
        expect_isinstance(capture(setattr, post, "author", post).exception, TypeError,
                          hint="Check isinstance(value, self.target).")
        expect_isinstance(capture(setattr, post, "author", None).exception, TypeError,
                          hint="author is not nullable.")
        post.editor = None
        expect_equal(post.editor, None)


def check_loads_lazily_once():
    """Loading a post doesn't load its author; the first read does, with one query, and it is kept"""
    with _blog() as (User, Post, statements, _connection):
        ada = User(name="Ada").save()
        post_id = Post(title="Notes", author=ada).save().id
        del statements[:]
        post = Post.get(post_id)
        expect_equal(len(statements), 1,
                     hint="Loading a post reads only its own row: load() just stores the id.")
        author = post.author
        expect_equal(author.name if author else None, "Ada",
                     hint="In __get__, turn the stored id into an object with "
                          "self.target.get(id).")
        expect_equal(len(statements), 2, hint="The first read runs one SELECT for the user.")
        expect(post.author is author, "reading post.author twice gave two different objects",
               hint="Keep the loaded object in the instance (under a name of its own) and reuse it.")
        expect_equal(len(statements), 2, hint="The second read must not query again.")
        expect_equal(post.editor, None, hint="A NULL id reads as None, without a query.")
        expect_equal(len(statements), 2)


def check_follows_a_change():
    """After the author changes, reading it gives the new one"""
    with _blog() as (User, Post, _, _connection):
        ada, linus = User(name="Ada").save(), User(name="Linus").save()
        post = Post.get(Post(title="Notes", author=ada).save().id)
        expect_equal(post.author.name, "Ada")
        post.author = linus
        expect_equal(post.author.name, "Linus", hint="Setting a new author replaces the kept one.")
        post.save()
        expect_equal(Post.get(post.id).author.name, "Linus")
        expect_equal([p.title for p in Post.filter(author=linus)], ["Notes"],
                     hint="filter turns a model instance into its id; the column is author_id.")
