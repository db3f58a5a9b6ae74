from django.test import TestCase
from django.urls import reverse


class PageTests(TestCase):
    def test_home_page(self):
        response = self.client.get(reverse("home"))
        self.assertContains(response, "Hello, testers!")

    def test_name_is_escaped(self):
        response = self.client.get(reverse("hello", args=["<i>Ada"]))
        self.assertContains(response, "&lt;i&gt;Ada")
        self.assertNotContains(response, "<i>")

    def test_add_returns_json(self):
        response = self.client.get(reverse("add"), {"a": 2, "b": 3})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"result": 5})

    def test_add_rejects_text(self):
        response = self.client.get(reverse("add"), {"a": "two", "b": 3})
        self.assertEqual(response.status_code, 400)
        self.assertIn("error", response.json())

    def test_subscribe_rejects_bad_email(self):
        response = self.client.post(reverse("subscribe"), {"email": "not-an-email"})
        self.assertContains(response, "Enter a valid email address.", status_code=400)

    def test_subscribe_redirects_to_thanks(self):
        response = self.client.post(
            reverse("subscribe"), {"email": "ada@example.com"}, follow=True
        )
        self.assertRedirects(response, reverse("thanks"))
        self.assertContains(response, "Thanks")

    def test_unknown_page_is_404(self):
        self.assertEqual(self.client.get("/nope").status_code, 404)
