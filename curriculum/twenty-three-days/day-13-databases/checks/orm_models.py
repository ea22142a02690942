"""Checks for the `orm-models` milestone: columns and relationships."""
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pymastery import call, capture, expect, expect_equal
from pymastery.track.database import TempDatabase
from pymastery.track.packages import import_from

ROOT = "week2/day13"


class Schema:
    """The learner's models, with their tables created in a temporary SQLite file."""

    def __enter__(self):
        self.database = TempDatabase().__enter__()
        self.models = import_from(ROOT, "api.models")
        self.base = import_from(ROOT, "api.database").Base
        self.engine = create_engine(self.database.url)
        call(self.base.metadata.create_all, self.engine)
        return self

    def session(self):
        return Session(self.engine)

    def __exit__(self, *exc):
        self.engine.dispose()
        self.database.__exit__()


def _new(model, **fields):
    """Makes a model object through call(), so a field the model lacks is reported at the model."""
    return call(model, **fields).value


def _commit(session):
    return capture(session.commit).exception


def check_tables():
    """the four tables exist with the columns the models need"""
    with Schema() as schema:
        inspector = inspect(schema.engine)
        expect_equal(sorted(inspector.get_table_names()), ["categories", "item_tags", "items", "tags"],
                     hint="Define the item_tags Table on Base.metadata, next to the three classes.")
        columns = {c["name"] for c in inspector.get_columns("items")}
        expect({"id", "name", "price", "category_id"} <= columns, "items has the columns %s." % sorted(columns),
               hint="Item needs name, price and category_id columns.")
        links = {c["name"] for c in inspector.get_columns("item_tags")}
        expect({"item_id", "tag_id"} <= links, "item_tags has the columns %s." % sorted(links),
               hint="The association table holds an item_id and a tag_id, each a ForeignKey.")


def check_one_to_many():
    """a category has many items, and each item knows its category"""
    with Schema() as schema:
        models = schema.models
        with schema.session() as session:
            kitchen = _new(models.Category, name="kitchen")
            session.add_all([_new(models.Item, name="kettle", price=20, category=kitchen),
                             _new(models.Item, name="toaster", price=30, category=kitchen),
                             _new(models.Item, name="poster", price=5)])
            expect(_commit(session) is None, "Saving items with a category failed.",
                   hint="Item.category = relationship(\"Category\", back_populates=\"items\") and a category_id ForeignKey(\"categories.id\").")
        with schema.session() as session:
            kitchen = session.query(models.Category).filter_by(name="kitchen").one()
            expect_equal(sorted(item.name for item in kitchen.items), ["kettle", "toaster"],
                         hint="Category.items = relationship(\"Item\", back_populates=\"category\").")
            poster = session.query(models.Item).filter_by(name="poster").one()
            expect(poster.category is None, "An item without a category should have category None.",
                   hint="category_id must allow NULL (nullable=True, the default).")


def check_many_to_many():
    """items have many tags and tags have many items"""
    with Schema() as schema:
        models = schema.models
        with schema.session() as session:
            sale, new = _new(models.Tag, name="sale"), _new(models.Tag, name="new")
            session.add_all([_new(models.Item, name="lamp", price=10, tags=[sale, new]),
                             _new(models.Item, name="rug", price=40, tags=[sale])])
            expect(_commit(session) is None, "Saving items with tags failed.",
                   hint="Item.tags = relationship(\"Tag\", secondary=item_tags, back_populates=\"items\").")
        with schema.session() as session:
            sale = session.query(models.Tag).filter_by(name="sale").one()
            expect_equal(sorted(item.name for item in sale.items), ["lamp", "rug"],
                         hint="Tag.items = relationship(\"Item\", secondary=item_tags, back_populates=\"tags\").")
            lamp = session.query(models.Item).filter_by(name="lamp").one()
            expect_equal(sorted(tag.name for tag in lamp.tags), ["new", "sale"], hint="Both tags of the lamp come back.")
            count = session.execute(text("SELECT COUNT(*) FROM item_tags")).scalar()
            expect_equal(count, 3, hint="Each item-tag pair is one row of item_tags.")


def check_back_populates_in_memory():
    """both sides of a relationship agree before anything is saved"""
    with Schema() as schema:
        models = schema.models
        category = _new(models.Category, name="garden")
        item = _new(models.Item, name="hose", price=15, category=category)
        expect(item in category.items, "Setting item.category did not add the item to category.items.",
               hint="back_populates on both relationships keeps the two sides in step, even before a flush.")
        tag = _new(models.Tag, name="summer")
        item.tags.append(tag)
        expect(item in tag.items, "Appending a tag to item.tags did not add the item to tag.items.",
               hint="Give both many-to-many relationships back_populates naming each other.")


def check_rules_enforced():
    """names are required, tag names unique"""
    with Schema() as schema:
        models = schema.models
        for bad, hint in (
            (lambda: _new(models.Item, name=None, price=1), "Item.name needs nullable=False."),
            (lambda: _new(models.Item, name="free", price=None), "Item.price needs nullable=False."),
            (lambda: _new(models.Tag, name=None), "Tag.name needs nullable=False."),
        ):
            with schema.session() as session:
                session.add(bad())
                error = _commit(session)
                expect(isinstance(error, IntegrityError), "A missing required value was saved.", hint=hint)
        with schema.session() as session:
            session.add_all([_new(models.Tag, name="twin"), _new(models.Tag, name="twin")])
            expect(isinstance(_commit(session), IntegrityError), "Two tags with the same name were saved.",
                   hint="Tag.name needs unique=True.")


def check_deleting_an_item_keeps_its_tags():
    """deleting an item removes its links but not the tags"""
    with Schema() as schema:
        models = schema.models
        with schema.session() as session:
            session.add(_new(models.Item, name="vase", price=8, tags=[_new(models.Tag, name="glass")]))
            session.commit()
        with schema.session() as session:
            session.delete(session.query(models.Item).one())
            expect(_commit(session) is None, "Deleting an item with tags failed.",
                   hint="With secondary=item_tags, SQLAlchemy removes the link rows for you.")
        with schema.session() as session:
            expect_equal(session.execute(text("SELECT COUNT(*) FROM item_tags")).scalar(), 0,
                         hint="The item's rows in item_tags must go with it.")
            expect_equal([t.name for t in session.query(models.Tag)], ["glass"],
                         hint="Do not cascade deletes from items to tags: other items may use the tag.")
