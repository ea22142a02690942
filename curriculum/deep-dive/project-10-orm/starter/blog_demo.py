"""Try tinyorm once every milestone passes: python blog_demo.py"""
import sqlite3

from tinyorm.fields import Field
from tinyorm.migrate import migrate
from tinyorm.model import Model
from tinyorm.relations import ForeignKey

connection = sqlite3.connect(":memory:")
statements = []
connection.set_trace_callback(statements.append)
Model.use(connection)


class User(Model):
    table_name = "users"
    age = Field(int, nullable=True)
    name = Field(str)
    email = Field(str, unique=True)


class Post(Model):
    title = Field(str)
    body = Field(str)
    author = ForeignKey(User)


print(migrate(User), migrate(Post))

grace = User(name="Grace", email="grace@example.com", age=45).save()
User(name="Tim", email="tim@example.com", age=16).save()
User(name="Ada", email="ada@example.com", age=36).save()
User(name="x'); DROP TABLE users; --", email="mallory@example.com").save()
print("grace has id", grace.id)

before = len(statements)
adults = User.filter(age__gt=18).order_by("name").limit(10)
print("building the query ran", len(statements) - before, "statements")
for user in adults:
    print(" ", user.name, user.age)
print("looping over it ran", len(statements) - before)
print("tables:", [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")])
print("matches for \"' OR '1'='1\":", User.filter(name="' OR '1'='1").count())

post_id = Post(title="Compilers", body="...", author=grace).save().id
post = Post.get(post_id)
before = len(statements)
print(post.author.name, "-", len(statements) - before, "query to load the author")
print(post.author.email, "-", len(statements) - before, "query in all")


class User(Model):
    table_name = "users"
    age = Field(int, nullable=True)
    name = Field(str)
    email = Field(str, unique=True)
    plan = Field(str, default="free")


print(migrate(User))
print([(user.name, user.plan) for user in User.all().order_by("-age").limit(2)])
