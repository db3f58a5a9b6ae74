from flask import Flask, redirect, render_template, request, url_for
from flask_login import LoginManager, UserMixin, login_required, login_user, logout_user
from flask_wtf import CSRFProtect
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = "placeholder-not-for-production"
csrf = CSRFProtect(app)
login_manager = LoginManager(app)
login_manager.login_view = "login"


class User(UserMixin):
    def __init__(self, id, username, password_hash):
        self.id = id
        self.username = username
        self.password_hash = password_hash


# One hard-coded demo user; a real app loads users from its database.
DEMO_USER = User("1", "demo", generate_password_hash("demo-password"))
USERS = {DEMO_USER.id: DEMO_USER}


@login_manager.user_loader
def load_user(user_id):
    return USERS.get(user_id)


def is_safe_next(url):
    """Follow only paths on this site, never a link to another one."""
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


@app.route("/")
def home():
    return render_template("home.html")


@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        user = next((u for u in USERS.values() if u.username == username), None)
        if user and check_password_hash(user.password_hash, password):
            login_user(user)
            next_url = request.args.get("next", "")
            return redirect(next_url if is_safe_next(next_url) else url_for("profile"))
        error = "Invalid username or password."
    return render_template("login.html", error=error)


@app.route("/profile")
@login_required
def profile():
    return render_template("profile.html")


@app.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("home"))


if __name__ == "__main__":
    app.run(debug=True)
