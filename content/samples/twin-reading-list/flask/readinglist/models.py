from flask_login import UserMixin
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db, login_manager

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "read-more-books"


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(150), unique=True, nullable=False)
    password_hash = db.Column(db.String(256), nullable=False)
    is_admin = db.Column(db.Boolean, nullable=False, default=False)
    books = db.relationship("Book", back_populates="owner")

    def set_password(self, password):
        self.password_hash = generate_password_hash(password)

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)


class Book(db.Model):
    STATUS_CHOICES = [("to-read", "To read"), ("reading", "Reading"), ("done", "Done")]

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    author = db.Column(db.String(200), nullable=False, default="")
    status = db.Column(db.String(10), nullable=False, default="to-read")
    owner_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False)
    owner = db.relationship("User", back_populates="books")

    @property
    def status_label(self):
        return dict(self.STATUS_CHOICES)[self.status]


@login_manager.user_loader
def load_user(user_id):
    # Flask-Login stores the id in the session and asks us for the user.
    return db.session.get(User, int(user_id))


def seed_database(with_demo_user):
    """Create missing tables, then the demo account if it does not exist yet."""
    db.create_all()
    if not with_demo_user:
        return
    exists = db.session.scalar(db.select(User).filter_by(username=DEMO_USERNAME))
    if exists is None:
        user = User(username=DEMO_USERNAME, is_admin=True)
        user.set_password(DEMO_PASSWORD)
        db.session.add(user)
        db.session.commit()
