"""Turkish."""

STOPWORDS = "ama bir bu da daha de diye en gibi için ile ise kadar ki mi ne o olan olarak ve veya çok şu sonra göre her"
