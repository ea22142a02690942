"""Capstone 9: the database tables of the shop (ready to use).

Prices are kept as whole cents in an Integer column: SQLite has no exact decimal type, and
floats cannot hold 0.10 exactly. The code outside this file speaks Decimal.
"""
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True, nullable=False)
    price_cents = Column(Integer, nullable=False)
    stock = Column(Integer, nullable=False, default=0)


class CartItem(Base):
    __tablename__ = "cart_items"
    id = Column(Integer, primary_key=True)
    user = Column(String, nullable=False, index=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False)
    quantity = Column(Integer, nullable=False)


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    user = Column(String, nullable=False)
    total_cents = Column(Integer, nullable=False)


def make_sessionmaker(path):
    """Open (and create if needed) the SQLite database at ``path``; return a session factory."""
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine)
