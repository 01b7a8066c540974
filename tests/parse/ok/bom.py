# with BOM
x = "bom"
