import os

from flask import Flask

from .extensions import csrf, db, login_manager


def create_app(test_config=None):
    """Application factory: build, configure and return a new app."""
    app = Flask(__name__, instance_relative_config=True)

    # Configuration. Secrets come from the environment in real deployments.
    app.config.from_mapping(
        SECRET_KEY=os.environ.get("SECRET_KEY", "dev-only-change-me"),
        SQLALCHEMY_DATABASE_URI="sqlite:///"
        + os.path.join(app.instance_path, "readinglist.sqlite"),
        SEED_DEMO_USER=True,
    )
    if test_config is not None:
        app.config.update(test_config)
    os.makedirs(app.instance_path, exist_ok=True)

    # Extensions are created once and bound to each app here.
    db.init_app(app)
    login_manager.init_app(app)
    csrf.init_app(app)

    # Blueprints group related views; each one is registered on the app.
    from . import admin, auth, books

    app.register_blueprint(auth.bp)
    app.register_blueprint(books.bp)
    app.register_blueprint(admin.bp)

    # Create missing tables and the demo account, so the sample runs at once.
    from .models import seed_database

    with app.app_context():
        seed_database(app.config["SEED_DEMO_USER"])

    return app
