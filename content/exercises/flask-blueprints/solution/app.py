from flask import Flask, redirect, url_for


def create_app():
    app = Flask(__name__)

    from blog import bp

    app.register_blueprint(bp)

    @app.route("/")
    def home():
        return redirect(url_for("blog.index"))

    return app
