"""Tests that only look at whether requests succeed."""


def test_create(client):
    response = client.post("/items", json={"name": "lamp", "price": 3})
    assert response.status_code < 300
    assert response.json()["name"] == "lamp"


def test_list(client):
    client.post("/items", json={"name": "lamp", "price": 3, "tags": ["a"]})
    assert len(client.get("/items").json()) == 1
    assert len(client.get("/items", params={"tag": "a"}).json()) == 1


def test_delete(client):
    item = client.post("/items", json={"name": "lamp", "price": 3}).json()
    assert client.delete(f"/items/{item['id']}").status_code < 300


def test_bad_name(client):
    assert client.post("/items", json={"name": "", "price": 3}).status_code == 422
