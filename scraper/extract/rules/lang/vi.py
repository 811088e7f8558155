"""Vietnamese."""

RELATED_HEADINGS = ("tin liên quan", "bài viết liên quan", "bài liên quan", "tin cùng chuyên mục", "xem thêm",
                    "đọc thêm", "có thể bạn quan tâm", "có thể bạn muốn xem", "bạn có thể quan tâm",
                    "tin tức liên quan")
RECOMMENDED_HEADINGS = ("tin khác", "bài viết khác", "tin bài khác", "đề xuất cho bạn")
NOT_RELATED_HEADINGS = ("đọc nhiều nhất", "xem nhiều nhất", "tin mới nhất", "quảng cáo")
AD_LABELS = ("quảng cáo",)
