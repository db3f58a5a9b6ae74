from crossroads_exercise import learner_module, text


def make_app():
    module = learner_module("app")
    assert hasattr(module, "create_app"), "app.py should define create_app()."
    app = module.create_app()
    assert app is not None, "create_app() returned None; return the app at the end."
    app.config["TESTING"] = True
    return app


def check_factory_builds_an_app():
    first = make_app()
    second = make_app()
    assert first is not second, "create_app() returned the same app twice. Create the Flask object inside create_app()."


def check_blueprint_registered():
    app = make_app()
    assert "blog" in app.blueprints, "No blueprint named 'blog' is registered (found: %s). Call app.register_blueprint(bp) in create_app()." % (sorted(app.blueprints) or "none")
    bp = learner_module("blog").__dict__.get("bp")
    assert bp is not None and app.blueprints["blog"] is bp, "The registered 'blog' blueprint should be bp from blog.py."
    endpoints = {rule.endpoint: rule.rule for rule in app.url_map.iter_rules()}
    assert endpoints.get("blog.index") == "/blog/", "The blog index should be the endpoint blog.index at /blog/ (found %r)." % endpoints.get("blog.index")
    assert endpoints.get("blog.show") == "/blog/<int:post_id>", "The post page should be the endpoint blog.show at /blog/<int:post_id> (found %r)." % endpoints.get("blog.show")


def check_blog_index():
    response = make_app().test_client().get("/blog/")
    assert response.status_code == 200, "GET /blog/ answered %d; expected 200." % response.status_code
    body = text(response)
    for post_id, title in ((1, "Hello, blueprints"), (2, "Why url_for")):
        assert title in body, "GET /blog/ should list the post %r." % title
        assert 'href="/blog/%d"' % post_id in body, "The post %r should link to /blog/%d (use url_for(\"blog.show\", post_id=%d))." % (title, post_id, post_id)


def check_blog_post():
    c = make_app().test_client()
    response = c.get("/blog/2")
    assert response.status_code == 200 and "Why url_for" in text(response), "GET /blog/2 should show the post 'Why url_for' (got %d)." % response.status_code
    assert c.get("/blog/9").status_code == 404, "GET /blog/9 should answer 404."
    assert c.get("/posts/").status_code == 404, "The old /posts/ URL should be gone once the routes live in the blueprint."


def check_home_redirects():
    response = make_app().test_client().get("/")
    assert response.status_code in (301, 302, 303, 307, 308), "GET / answered %d; expected a redirect." % response.status_code
    location = response.headers.get("Location", "")
    assert location.endswith("/blog/"), "GET / should redirect to /blog/, not %r." % location
