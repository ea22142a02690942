"""Capstone 4, step 2: recipes and ingredients in SQLite with SQLAlchemy."""
from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()

recipe_ingredients = Table(
    "recipe_ingredients", Base.metadata,
    Column("recipe_id", ForeignKey("recipes.id"), primary_key=True),
    Column("ingredient_id", ForeignKey("ingredients.id"), primary_key=True),
)


class Ingredient(Base):
    __tablename__ = "ingredients"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True, nullable=False)


class Recipe(Base):
    __tablename__ = "recipes"
    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    ingredients = relationship(Ingredient, secondary=recipe_ingredients)

    def ingredient_names(self):
        return sorted(ingredient.name for ingredient in self.ingredients)


def make_sessions(url):
    """Create the tables in the database at ``url`` (such as ``sqlite:///path/to/file.db``)
    if they are missing, and return a sessionmaker bound to it."""
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine)


def normalise(name):
    """Ingredient names are stored trimmed and in lower case: "  Egg " is "egg"."""
    return name.strip().lower()


def add_recipe(session, name, ingredients):
    """Store a recipe with its ingredient names (normalised, each once) and commit.

    An ingredient already in the table is reused, never stored twice. Return the Recipe.
    """
    recipe = Recipe(name=name)
    for ingredient_name in sorted({normalise(n) for n in ingredients if n.strip()}):
        ingredient = Ingredient(name=ingredient_name)
        recipe.ingredients.append(ingredient)
    session.add(recipe)
    session.commit()
    return recipe


def find_by_ingredients(session, have):
    """Return ``(recipe, matched)`` pairs for every recipe that uses at least one of the
    ingredient names in ``have`` (normalised); ``matched`` is how many of them it uses. Most
    matches first, then by recipe name A to Z."""
    wanted = {normalise(n) for n in have}
    found = []
    for recipe in session.query(Recipe).all():
        matched = len(wanted & set(recipe.ingredient_names()))
        if matched:
            found.append((recipe, matched))
    found.sort(key=lambda pair: (-pair[1], pair[0].name))
    return found
