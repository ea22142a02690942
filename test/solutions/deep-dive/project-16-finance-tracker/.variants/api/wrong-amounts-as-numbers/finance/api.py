"""Milestone 5: the same ledger over HTTP, with FastAPI."""
import datetime

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from finance.ledger import Ledger
from finance.money import Transaction, parse_amount
from finance.reports import monthly_report


class TransactionIn(BaseModel):
    date: str
    description: str
    amount: str
    category: str = "uncategorised"


class BudgetIn(BaseModel):
    limit: str


def _money(value):
    return float(value)


def _transaction_out(t: Transaction) -> dict:
    return {"date": t.date.isoformat(), "description": t.description,
            "amount": _money(t.amount), "category": t.category}


def create_app(db_path) -> FastAPI:
    """A FastAPI app over the ledger stored at `db_path`."""
    app = FastAPI(title="finance")

    def ledger():
        opened = Ledger(db_path)
        try:
            yield opened
        finally:
            opened.close()

    @app.post("/transactions", status_code=201)
    def add_transaction(body: TransactionIn, book: Ledger = Depends(ledger)):
        try:
            date = datetime.date.fromisoformat(body.date)
            amount = parse_amount(body.amount)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc))
        transaction = Transaction(date, body.description, amount, body.category)
        new_id = book.add(transaction)
        return dict(_transaction_out(transaction), id=new_id)

    @app.get("/transactions")
    def list_transactions(month: str = None, category: str = None, book: Ledger = Depends(ledger)):
        return [_transaction_out(t) for t in book.transactions(month, category)]

    @app.put("/budgets/{category}/{month}")
    def put_budget(category: str, month: str, body: BudgetIn, book: Ledger = Depends(ledger)):
        try:
            limit = parse_amount(body.limit)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc))
        book.set_budget(category, month, limit)
        return {"category": category, "month": month, "limit": _money(limit)}

    @app.get("/reports/{month}")
    def report(month: str, book: Ledger = Depends(ledger)):
        r = monthly_report(book, month)
        return {
            "month": r.month, "income": _money(r.income), "expenses": _money(r.expenses),
            "savings": _money(r.savings), "savings_rate": r.savings_rate,
            "by_category": [{"category": c, "spent": _money(s)} for c, s in r.by_category],
            "budgets": {c: {"limit": _money(b.limit), "spent": _money(b.spent),
                            "remaining": _money(b.remaining), "over": b.over}
                        for c, b in r.budgets.items()},
        }

    return app
