import unittest

from app import app


class AppTests(unittest.TestCase):
    def setUp(self):
        app.config.update(TESTING=True)
        self.client = app.test_client()

    def test_home_page(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Hello, testers!", response.get_data(as_text=True))

    def test_name_is_escaped(self):
        response = self.client.get("/hello/<i>Ada")
        self.assertIn("&lt;i&gt;Ada", response.get_data(as_text=True))
        self.assertNotIn("<i>", response.get_data(as_text=True))

    def test_add_returns_json(self):
        response = self.client.get("/api/add", query_string={"a": 2, "b": 3})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json, {"result": 5})

    def test_add_rejects_text(self):
        response = self.client.get("/api/add", query_string={"a": "two", "b": 3})
        self.assertEqual(response.status_code, 400)
        self.assertIn("error", response.json)

    def test_subscribe_rejects_bad_email(self):
        response = self.client.post("/subscribe", data={"email": "not-an-email"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Enter a valid email address.", response.get_data(as_text=True))

    def test_subscribe_redirects_to_thanks(self):
        response = self.client.post(
            "/subscribe", data={"email": "ada@example.com"}, follow_redirects=True
        )
        self.assertEqual(response.request.path, "/thanks")
        self.assertEqual(response.history[0].status_code, 302)
        self.assertIn("Thanks", response.get_data(as_text=True))

    def test_unknown_page_is_404(self):
        self.assertEqual(self.client.get("/nope").status_code, 404)


if __name__ == "__main__":
    unittest.main()
