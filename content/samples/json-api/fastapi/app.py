from itertools import count
from typing import List

from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel, Field

app = FastAPI()


class BookIn(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    year: int = Field(..., ge=1450, le=2100)


class Book(BookIn):
    id: int


class BookList(BaseModel):
    books: List[Book]


# An in-memory list keeps the sample short; it resets when the server restarts.
BOOKS = [Book(id=1, title="The Little Book of Views", year=2021)]
next_id = count(2)


@app.get("/api/books")
def list_books() -> BookList:
    return BookList(books=BOOKS)


@app.post("/api/books", status_code=201)
def create_book(new: BookIn, response: Response) -> Book:
    book = Book(id=next(next_id), title=new.title, year=new.year)
    BOOKS.append(book)
    response.headers["Location"] = f"/api/books/{book.id}"
    return book


@app.get("/api/books/{book_id}")
def get_book(book_id: int) -> Book:
    for book in BOOKS:
        if book.id == book_id:
            return book
    raise HTTPException(status_code=404, detail="Book not found")
