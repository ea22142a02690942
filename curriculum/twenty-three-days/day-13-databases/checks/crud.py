"""Checks for the `crud` milestone: create, read, list and delete with a session."""
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from pymastery import call, expect, expect_equal
from pymastery.track.database import TempDatabase
from pymastery.track.packages import import_from

ROOT = "week2/day13"


class Store:
    """A temporary database with the learner's tables, and the learner's crud module."""

    def __enter__(self):
        self.database = TempDatabase().__enter__()
        self.crud = import_from(ROOT, "api.crud")
        self.models = import_from(ROOT, "api.models")
        self.engine = create_engine(self.database.url)
        import_from(ROOT, "api.database").Base.metadata.create_all(self.engine)
        return self

    def count(self, table):
        with self.engine.connect() as connection:
            return connection.execute(text("SELECT COUNT(*) FROM %s" % table)).scalar()

    def __exit__(self, *exc):
        self.engine.dispose()
        self.database.__exit__()


def _fill(store, session):
    crud = store.crud
    call(crud.create_item, session, "kettle", 20.0, ["sale", "kitchen"], "home")
    call(crud.create_item, session, "lamp", 12.5, ["sale"], "home")
    call(crud.create_item, session, "rug", 40.0, ["new"], None)
    call(crud.create_item, session, "mug", 4.0, ["sale", "new"], "kitchenware")


def check_create_sets_id_and_fields():
    """create_item returns the new item with its id, tags and category"""
    with Store() as store:
        with Session(store.engine) as session:
            item = call(store.crud.create_item, session, "lamp", 12.5, ["home", "sale"], "lighting").value
            expect(isinstance(item, store.models.Item), "create_item should return the Item, got %r." % (item,),
                   hint="Build an Item, add it to the session, flush, and return it.")
            expect(isinstance(item.id, int), "The returned item has no id yet.",
                   hint="session.flush() sends the INSERT, and the database hands out the id, all without committing.")
            expect_equal((item.name, item.price, sorted(t.name for t in item.tags), item.category and item.category.name),
                         ("lamp", 12.5, ["home", "sale"], "lighting"), hint="Set every field, the tags and the category.")


def check_tags_and_categories_reused():
    """tags and categories are reused by name, never duplicated"""
    with Store() as store:
        with Session(store.engine) as session:
            _fill(store, session)
            call(store.crud.create_item, session, "bowl", 6.0, ["new", "new"], "home")
            session.commit()
        expect_equal(store.count("tags"), 3,
                     hint="Look each tag up by name first (select(Tag).where(Tag.name == name)) and create it only if missing.")
        expect_equal(store.count("categories"), 2, hint="Categories are reused by name the same way.")
        expect_equal(store.count("item_tags"), 7, hint="A tag named twice for one item is linked once.")


def check_create_does_not_commit():
    """create_item leaves the commit to the caller"""
    with Store() as store:
        with Session(store.engine) as session:
            call(store.crud.create_item, session, "ghost", 1.0, ["x"], "y")
            session.rollback()
        expect_equal(store.count("items"), 0,
                     hint="Do not call session.commit() in crud functions; flush is enough to get the id.")


def check_get_item():
    """get_item finds an item by id, or gives None"""
    with Store() as store:
        with Session(store.engine) as session:
            _fill(store, session)
            session.commit()
        with Session(store.engine) as session:
            item = call(store.crud.get_item, session, 2).value
            expect(item is not None and item.name == "lamp", "get_item(session, 2) should find the lamp.",
                   hint="session.get(Item, item_id) looks an item up by primary key.")
            expect(call(store.crud.get_item, session, 99).value is None, "get_item of an unknown id should return None.",
                   hint="session.get returns None when there is no such row.")


def _names(items):
    return [item.name for item in items]


def check_list_filters():
    """list_items orders by id and filters by tag and category"""
    with Store() as store:
        with Session(store.engine) as session:
            _fill(store, session)
            session.commit()
        with Session(store.engine) as session:
            crud = store.crud
            expect_equal(_names(call(crud.list_items, session).value), ["kettle", "lamp", "rug", "mug"],
                         hint="select(Item).order_by(Item.id)")
            expect_equal(_names(call(crud.list_items, session, tag="sale").value), ["kettle", "lamp", "mug"],
                         hint="Item.tags.any(Tag.name == tag) keeps items with at least one such tag.")
            expect_equal(_names(call(crud.list_items, session, category="home").value), ["kettle", "lamp"],
                         hint="Item.category.has(Category.name == category), or a join on Category.")
            expect_equal(_names(call(crud.list_items, session, tag="new", category="kitchenware").value), ["mug"],
                         hint="Apply both conditions when both are given.")
            expect_equal(_names(call(crud.list_items, session, tag="none").value), [], hint="An unknown tag matches nothing.")
            expect_equal(_names(call(crud.list_items, session, limit=2).value), ["kettle", "lamp"], hint=".limit(limit)")


def check_list_loads_only_what_it_returns():
    """list_items lets the database filter and limit"""
    with Store() as store:
        with Session(store.engine) as session:
            for n in range(60):
                call(store.crud.create_item, session, "item %d" % n, 1.0 + n, ["even" if n % 2 == 0 else "odd"], None)
            session.commit()
        from sqlalchemy import event

        loaded = []

        def on_load(target, context):
            loaded.append(target)

        event.listen(store.models.Item, "load", on_load)
        try:
            with Session(store.engine) as session:
                found = call(store.crud.list_items, session, tag="odd", limit=3).value
                names = _names(found)
        finally:
            event.remove(store.models.Item, "load", on_load)
        expect_equal(names, ["item 1", "item 3", "item 5"], hint="Filter, order by id, then limit.")
        expect(len(loaded) <= 3, "list_items(tag=\"odd\", limit=3) loaded %d items from the database to return 3." % len(loaded),
               hint="Put the tag condition and the limit into the select() itself, so the database does the filtering.")


def check_delete_item():
    """delete_item removes the item and its links, keeps the tags"""
    with Store() as store:
        with Session(store.engine) as session:
            _fill(store, session)
            session.commit()
        with Session(store.engine) as session:
            expect(call(store.crud.delete_item, session, 1).value is True, "delete_item of an existing id should return True.",
                   hint="Find the item, session.delete(item), flush, return True.")
            expect(call(store.crud.delete_item, session, 99).value is False, "delete_item of an unknown id should return False.",
                   hint="Return False when get finds nothing.")
            session.commit()
        expect_equal(store.count("items"), 3, hint="The item is gone once the caller commits.")
        expect_equal(store.count("item_tags"), 4, hint="Its links to tags go with it.")
        expect_equal(store.count("tags"), 3, hint="The tags stay; other items use them.")
