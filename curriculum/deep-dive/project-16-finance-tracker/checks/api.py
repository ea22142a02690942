"""Milestone `api`: the ledger over HTTP (finance/api.py, create_app)."""
from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _client(folder):
    from fastapi.testclient import TestClient

    api = learner_module()
    app = call(api.create_app, folder.path("finance.db")).value
    return TestClient(app)


def _post(client, date, description, amount, category=None):
    body = {"date": date, "description": description, "amount": amount}
    if category:
        body["category"] = category
    return client.post("/transactions", json=body)


def check_adds_transactions():
    """POST /transactions stores a transaction and answers 201 with it"""
    with temp_folder() as folder:
        client = _client(folder)
        response = _post(client, "2024-01-03", "Groceries", "-45.1", "food")
        plain = _post(client, "2024-01-04", "Something", "12")
    expect_equal(response.status_code, 201, hint="Give the route status_code=201.")
    body = response.json()
    expect(isinstance(body.get("id"), int), "the answer %r has no int id" % (body,),
           hint="Answer with the stored transaction and the id Ledger.add returned.")
    expect_equal({k: body.get(k) for k in ("date", "description", "amount", "category")},
                 {"date": "2024-01-03", "description": "Groceries", "amount": "-45.10", "category": "food"},
                 hint="Send amounts as strings with two decimals (str() of the Decimal), never as JSON numbers.")
    expect_equal(plain.json().get("category"), "uncategorised", hint="category is optional in the request body.")


def check_refuses_bad_input():
    """A bad amount or date is answered with 422, and nothing is stored"""
    with temp_folder() as folder:
        client = _client(folder)
        bad_amount = _post(client, "2024-01-03", "Groceries", "lots")
        bad_date = _post(client, "03/01/2024", "Groceries", "-1")
        missing = client.post("/transactions", json={"description": "no date or amount"})
        listed = client.get("/transactions")
    expect_equal(bad_amount.status_code, 422, hint="Turn parse_amount's ValueError into HTTPException(422, ...).")
    expect_equal(bad_date.status_code, 422, hint="datetime.date.fromisoformat raises ValueError for other formats.")
    expect_equal(missing.status_code, 422, hint="A pydantic model for the body makes FastAPI refuse missing fields.")
    expect_equal(listed.json(), [], hint="Nothing should be stored from a refused request.")


def check_lists_and_filters():
    """GET /transactions lists them, filtered by month and category"""
    with temp_folder() as folder:
        client = _client(folder)
        for date, text, amount, category in [("2024-01-20", "Cinema", "-12", "fun"),
                                             ("2024-01-02", "Bus", "-2.40", "transport"),
                                             ("2024-02-01", "Bowling", "-20", "fun")]:
            _post(client, date, text, amount, category)
        everything = client.get("/transactions").json()
        january_fun = client.get("/transactions", params={"month": "2024-01", "category": "fun"}).json()
    expect_equal([t["description"] for t in everything], ["Bus", "Cinema", "Bowling"],
                 hint="GET /transactions returns ledger.transactions(month, category), oldest first.")
    expect_equal(everything[0], {"date": "2024-01-02", "description": "Bus", "amount": "-2.40",
                                 "category": "transport"},
                 hint="Each item has date, description, amount (a string) and category.")
    expect_equal([t["description"] for t in january_fun], ["Cinema"],
                 hint="Take month and category as optional query parameters (default None).")


def check_budgets_and_report():
    """PUT /budgets and GET /reports/{month} give the month's summary as JSON"""
    with temp_folder() as folder:
        client = _client(folder)
        for date, text, amount, category in [("2024-01-01", "Salary", "3000", "income"),
                                             ("2024-01-05", "Groceries", "-262.15", "food"),
                                             ("2024-01-09", "Restaurant", "-257.44", "food"),
                                             ("2024-01-10", "Train", "-100", "transport")]:
            _post(client, date, text, amount, category)
        budget = client.put("/budgets/food/2024-01", json={"limit": "500"})
        report = client.get("/reports/2024-01")
    expect_equal(budget.status_code, 200)
    expect_equal(budget.json(), {"category": "food", "month": "2024-01", "limit": "500.00"},
                 hint="Parse the limit with parse_amount and answer with it as a string.")
    expect_equal(report.status_code, 200)
    body = report.json()
    expect_equal({k: body.get(k) for k in ("month", "income", "expenses", "savings", "savings_rate")},
                 {"month": "2024-01", "income": "3000.00", "expenses": "619.59", "savings": "2380.41",
                  "savings_rate": 79},
                 hint="Build the answer from monthly_report(ledger, month), with every amount as a string.")
    expect_equal(body.get("by_category"), [{"category": "food", "spent": "519.59"},
                                           {"category": "transport", "spent": "100.00"}])
    expect_equal(body.get("budgets"), {"food": {"limit": "500.00", "spent": "519.59", "remaining": "-19.59",
                                                "over": True}})
