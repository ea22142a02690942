"""Table-driven tests for the items API."""

BAD_BODIES = [{"name": "", "price": 1}, {"name": "x", "price": 0}, {"name": "x", "price": -1}, {"name": "x"}]


def add(client, **fields):
    body = {"name": "thing", "price": 1.0}
    body.update(fields)
    return client.post("/items", json=body)


def test_round_trip(client):
    created = add(client, name="kettle", tags=["kitchen"])
    assert created.status_code == 201
    item = created.json()
    assert client.get(f"/items/{item['id']}").json() == item
    assert client.get("/items/999").status_code == 404


def test_validation_table(client):
    for body in BAD_BODIES:
        assert client.post("/items", json=body).status_code == 422, body


def test_tags_and_ids(client):
    ids = [add(client, tags=tags).json()["id"] for tags in (["a"], ["b"], ["a", "b"])]
    assert ids == [1, 2, 3]
    assert [i["id"] for i in client.get("/items?tag=a").json()] == [1, 3]
    assert client.delete("/items/3").status_code == 204
    assert add(client).json()["id"] == 4
    assert [i["id"] for i in client.get("/items").json()] == [1, 2, 4]
