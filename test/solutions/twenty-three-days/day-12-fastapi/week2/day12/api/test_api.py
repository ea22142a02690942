"""Tests for the items API: each takes `client`, a TestClient for a fresh app."""


def make(client, name="lamp", price=10.0, tags=()):
    response = client.post("/items", json={"name": name, "price": price, "tags": list(tags)})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_item(client):
    response = client.post("/items", json={"name": "lamp", "price": 12.5, "tags": ["home"]})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "name": "lamp", "price": 12.5, "tags": ["home"]}


def test_ids_count_up(client):
    assert [make(client, name=n)["id"] for n in "abc"] == [1, 2, 3]


def test_list_in_creation_order(client):
    make(client, name="first")
    make(client, name="second")
    response = client.get("/items")
    assert response.status_code == 200
    assert [item["name"] for item in response.json()] == ["first", "second"]


def test_filter_by_tag(client):
    make(client, name="chair", tags=["home", "wood"])
    make(client, name="laptop", tags=["work"])
    make(client, name="desk", tags=["work", "wood"])
    assert [i["name"] for i in client.get("/items", params={"tag": "wood"}).json()] == ["chair", "desk"]
    assert client.get("/items", params={"tag": "none"}).json() == []


def test_limit(client):
    for n in range(5):
        make(client, name=f"item {n}")
    assert len(client.get("/items", params={"limit": 2}).json()) == 2
    assert client.get("/items", params={"limit": 0}).status_code == 422


def test_read_one(client):
    created = make(client, name="mug", price=3)
    response = client.get(f"/items/{created['id']}")
    assert response.status_code == 200
    assert response.json() == created


def test_read_missing(client):
    response = client.get("/items/42")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_delete(client):
    created = make(client)
    assert client.delete(f"/items/{created['id']}").status_code == 204
    assert client.get(f"/items/{created['id']}").status_code == 404
    assert client.delete(f"/items/{created['id']}").status_code == 404
    assert client.get("/items").json() == []


def test_rejects_bad_items(client):
    for body in ({"name": "", "price": 1}, {"name": "x", "price": 0}, {"name": "x", "price": -3}, {"price": 1}):
        assert client.post("/items", json=body).status_code == 422
    assert client.get("/items").json() == []


def test_ids_not_reused(client):
    make(client, name="a")
    second = make(client, name="b")
    client.delete(f"/items/{second['id']}")
    assert make(client, name="c")["id"] == 3
