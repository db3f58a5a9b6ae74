from myapp import create_app

app = create_app()
