from app.catalog import fill_down, load_catalog


def test_catalog_has_the_33_items_of_the_annex() -> None:
    cat = load_catalog()
    assert [i.no for i in cat.items] == list(range(1, 34))
    assert cat.item(1).name == "LED 显示屏应用"
    assert cat.item(33).name == "医疗辅助护理"
    assert "巴渝工匠" in cat.competition.name
    assert cat.competition.organiser == "重庆市人力资源和社会保障局"


def test_merged_cells_are_filled_down_as_the_annex_means() -> None:
    cat = load_catalog()
    assert cat.item(3).host_unit == "重庆市工业高级技工学校"
    for no in (11, 12, 13, 14):
        assert cat.item(no).host_unit == "重庆财经职业学院"
    for no in (26, 27, 28, 29):
        item = cat.item(no)
        assert (item.host_unit, item.contact, item.phone) == ("重庆市江南职业学校", "曹琴琴", "18996485688")
    for no in (32, 33):
        item = cat.item(no)
        assert (item.host_unit, item.contact, item.phone) == ("重庆市卫生高级技工学校", "钱莉", "17623615017")
    # a row with its own contact keeps it, even when its host cell is merged
    assert (cat.item(12).contact, cat.item(12).phone) == ("王廷", "18875008724")
    assert all(i.host_unit and i.contact and i.phone for i in cat.items)


def test_fill_down_leaves_filled_cells_alone() -> None:
    rows = fill_down([{"a": "x", "b": "1"}, {"a": "", "b": "2"}, {"a": "y", "b": ""}], ("a", "b"))
    assert rows == [{"a": "x", "b": "1"}, {"a": "x", "b": "2"}, {"a": "y", "b": "2"}]


def test_unknown_item_number_is_a_clear_error() -> None:
    import pytest

    from app.errors import NotFound

    with pytest.raises(NotFound, match="34"):
        load_catalog().item(34)
