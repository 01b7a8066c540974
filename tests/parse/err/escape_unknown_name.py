x = "ab\N{NO SUCH NAME}"
